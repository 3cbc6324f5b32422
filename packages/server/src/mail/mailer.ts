// Outgoing mail. With SMTP_URL set it speaks SMTP (nodemailer); otherwise, in development, each
// message is written to the log so the links in it can be followed locally. A message's body is never logged in
// production, by either transport.
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative of `text` (both parts are sent; clients that show no HTML show the text). */
  html?: string;
  /** The sender's display name instead of MAIL_FROM's (an account's brand); the address stays MAIL_FROM's. */
  fromName?: string;
}

/** The address part of a `Name <address>` sender (or the whole of a bare address). */
export function senderAddress(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1]?.trim() ?? from.trim();
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export function createMailer(options: { smtpUrl?: string; from: string; logger: Logger; env: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send({ fromName, ...message }) {
        const from = fromName ? { name: fromName, address: senderAddress(options.from) } : options.from;
        await transport.sendMail({ ...message, from });
        options.logger.info({ mail: { to: message.to, subject: message.subject } }, 'mail sent');
      },
    };
  }
  return {
    async send(message) {
      if (options.env === 'production') {
        options.logger.warn({ mail: { subject: message.subject } }, 'SMTP_URL is not set: mail dropped');
        return;
      }
      // Development only: the body holds one-time links, which is the point of showing it here (the text part;
      // an HTML part says the same).
      options.logger.info(
        { mail: { to: message.to, subject: message.subject, body: message.text } },
        'mail (development transport)',
      );
    },
  };
}

/** Keeps every message in memory; for tests. */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage) {
    this.sent.push(message);
  }
  lastTo(to: string): MailMessage | undefined {
    return this.sent.filter((m) => m.to.toLowerCase() === to.toLowerCase()).at(-1);
  }
}
