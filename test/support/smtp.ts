import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpInbox {
  url: string;
  messages: ParsedMail[];
  /** Recipients as the SMTP envelope named them (RCPT TO), per message. */
  envelopes: string[][];
  /** While true, each message is read and never answered (nor kept): the sender waits, as on a stalled mail server. */
  holding: boolean;
  /** Messages read while holding. */
  held: number;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message it is sent, parsed. */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const control = { holding: false, held: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (control.holding) {
        control.held++;
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          envelopes.push(session.envelope.rcptTo.map((r) => r.address));
          callback();
        })
        .catch(callback);
    },
  });
  // A sender killed mid-message resets its connection; smtp-server reports that as an 'error' event, which would
  // otherwise be thrown in the test process. A real server logs it and goes on; so does this one, silently.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    envelopes,
    get holding() {
      return control.holding;
    },
    set holding(on: boolean) {
      control.holding = on;
    },
    get held() {
      return control.held;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
