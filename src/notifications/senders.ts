import { Webhook } from 'standardwebhooks';
import type { NotificationChannel } from './message.entities.js';
import { renderMessage, smsParameters } from './templates.js';
import type { MessageRow } from './outbox.repository.js';

/** Tencent Cloud's SDK (a CommonJS package), loaded on a county's first SMS rather than at start. */
type TencentSdk = typeof import('tencentcloud-sdk-nodejs-sms');
let tencentSdk: Promise<TencentSdk> | undefined;
const loadTencent = () => (tencentSdk ??= import('tencentcloud-sdk-nodejs-sms').then((m) => (m as { default?: TencentSdk }).default ?? m));

/** A delivery that did not go through: `retry` false when trying again cannot help (no phone, no template, refused for good). */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

/** What a channel needs to send one message. */
export interface Outgoing {
  channel: NotificationChannel;
  /** The channel's secret, opened. */
  secret: string;
  message: MessageRow;
  household: { householdNo: string; villageId: number; villageCode: string } | null;
  /** The household's phone number for SMS, when it gave one. */
  phone: string | null;
}

/** The id the receiver sees for a message through a channel: the same on every try, so it keeps one. */
export const deliveryId = (messageId: string, channelId: number): string => `msg_${messageId}_${channelId}`;

const TIMEOUT_MS = 10_000;

/**
 * A webhook signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature,
 * HMAC-SHA256), the same id on every try, also as Idempotency-Key. Any 2xx is delivered; 410 Gone
 * means the receiver wants no more; anything else is tried again.
 */
export async function sendWebhook(out: Outgoing): Promise<string | null> {
  const url = String(out.channel.settings.url);
  const id = deliveryId(out.message.id, out.channel.id);
  const body = JSON.stringify({
    type: 'household.message',
    id,
    messageId: out.message.id,
    template: out.message.template,
    values: out.message.values,
    text: renderMessage(out.message.template, out.message.values, 'zh'),
    household: { id: out.message.householdId, ...(out.household ?? {}), phone: out.phone },
    subject: out.message.subjectType ? { type: out.message.subjectType, id: out.message.subjectId } : null,
    createdAt: new Date(out.message.createdAt).toISOString(),
  });
  const timestamp = new Date();
  const signature = new Webhook(out.secret).sign(id, timestamp, body);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signature,
        'idempotency-key': id,
        'user-agent': 'moral-bank-outbox',
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    throw new DeliveryError('UNREACHABLE', (error as Error).message, true);
  }
  await response.arrayBuffer().catch(() => undefined);
  if (response.ok) return null;
  throw new DeliveryError(`HTTP_${response.status}`, `the receiver answered ${response.status}`, response.status !== 410);
}

/** Tencent's errors that trying again does not mend (a wrong number, template, signature or key). */
const TENCENT_PERMANENT =
  /^(InvalidParameter|InvalidParameterValue|UnauthorizedOperation|AuthFailure|FailedOperation\.(TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|PhoneNumberInBlacklist|MissingTemplateToModify))/;

/**
 * Tencent Cloud SMS through its official SDK (SendSms, API 2021-01-11): the county's template id
 * for the message's template, its values as the numbered parameters (templates.ts SMS_PARAMETERS),
 * the delivery id as SessionContext. The endpoint is settable (tests point it at a local server).
 */
export async function sendTencentSms(out: Outgoing): Promise<string | null> {
  if (!out.phone) throw new DeliveryError('NO_PHONE', 'the household has given no phone number for SMS', false);
  const s = out.channel.settings as {
    endpoint?: string;
    region?: string;
    sdkAppId: string;
    signName: string;
    secretId: string;
    templates?: Record<string, string>;
  };
  const templateId = s.templates?.[out.message.template];
  if (!templateId) throw new DeliveryError('NO_TEMPLATE', `no SMS template for ${out.message.template}`, false);
  const endpoint = new URL(s.endpoint ?? 'https://sms.tencentcloudapi.com');
  const tencentcloud = await loadTencent();
  const client = new tencentcloud.sms.v20210111.Client({
    credential: { secretId: s.secretId, secretKey: out.secret },
    region: s.region ?? 'ap-guangzhou',
    profile: { httpProfile: { endpoint: endpoint.host, protocol: `${endpoint.protocol}//`, reqTimeout: TIMEOUT_MS / 1000 } },
  });
  const parameters = smsParameters(out.message.template, out.message.values);
  let answer: Awaited<ReturnType<typeof client.SendSms>>;
  try {
    answer = await client.SendSms({
      PhoneNumberSet: [out.phone.startsWith('+') ? out.phone : `+86${out.phone}`],
      SmsSdkAppId: s.sdkAppId,
      SignName: s.signName,
      TemplateId: templateId,
      TemplateParamSet: parameters,
      SessionContext: deliveryId(out.message.id, out.channel.id),
    });
  } catch (error) {
    const e = error as { code?: string; message: string; httpCode?: number };
    const code = e.code || (e.httpCode ? `HTTP_${e.httpCode}` : 'UNREACHABLE');
    throw new DeliveryError(code.slice(0, 60), e.message, !TENCENT_PERMANENT.test(code));
  }
  const status = answer.SendStatusSet?.[0];
  if (status?.Code === 'Ok') return status.SerialNo ?? null;
  const code = status?.Code ?? 'NO_STATUS';
  throw new DeliveryError(code.slice(0, 60), status?.Message ?? 'no send status in the answer', !TENCENT_PERMANENT.test(code));
}
