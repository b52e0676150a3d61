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

/** Hands a rendered e-mail over for delivery. */
export abstract class Mailer {
  abstract readonly transport: EmailTransport;
  abstract send(message: EmailMessage): Promise<{ messageId: string | null }>;
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

  async send(message: EmailMessage): Promise<{ messageId: string | null }> {
    const info = await this.smtp.sendMail({
      from: { name: message.fromName, address: this.config.MAIL_FROM },
      to: message.to,
      replyTo: message.replyTo ?? undefined,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    return { messageId: info.messageId ?? null };
  }

  onApplicationShutdown(): void {
    this.smtp.close();
  }
}

/** Without SMTP_URL (the embedded default) nothing leaves the machine: the stored copy is the outbox ops read. */
@Injectable()
export class OutboxMailer extends Mailer {
  readonly transport = EmailTransport.Outbox;

  async send(): Promise<{ messageId: string | null }> {
    return { messageId: null };
  }
}
