import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { EmailTransport } from './sent-email.entity';

export interface EmailMessage {
  to: string;
  fromName: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
}

/**
 * The Message-ID of notification `notificationId`'s e-mail, the same on every attempt (RFC 5322 §3.6.4, in
 * the sender's domain): a message sent again after a crash between sending and recording it is the same
 * message, which mail systems and clients can recognise as a duplicate.
 */
export function messageIdOf(notificationId: string, mailFrom: string): string {
  return `<${notificationId}@${mailFrom.slice(mailFrom.lastIndexOf('@') + 1)}>`;
}

/** Hands a rendered e-mail over for delivery, under the Message-ID given (messageIdOf). */
export abstract class Mailer {
  abstract readonly transport: EmailTransport;
  abstract send(message: EmailMessage, messageId: string): Promise<void>;
}

/** Sends over SMTP (SMTP_URL); the store's name is the sender's display name, replies go to its support address. */
@Injectable()
export class SmtpMailer extends Mailer implements OnApplicationShutdown {
  readonly transport = EmailTransport.Smtp;
  private readonly smtp: Transporter;

  constructor(private readonly config: AppConfig) {
    super();
    this.smtp = createTransport(config.SMTP_URL);
  }

  async send(message: EmailMessage, messageId: string): Promise<void> {
    await this.smtp.sendMail({
      messageId,
      from: { name: message.fromName, address: this.config.MAIL_FROM },
      to: message.to,
      replyTo: message.replyTo ?? undefined,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
  }

  onApplicationShutdown(): void {
    this.smtp.close();
  }
}

/** Without SMTP_URL (the embedded default) nothing leaves the machine: the stored copy is the outbox ops read. */
@Injectable()
export class OutboxMailer extends Mailer {
  readonly transport = EmailTransport.Outbox;

  async send(): Promise<void> {}
}
