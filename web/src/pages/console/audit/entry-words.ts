import { useI18n } from 'vue-i18n';
import { actionKey, actionKind, entityOf, targetId } from './actions';
import type { AuditEntry } from './audit-api';
import { auditMessages } from './messages';

/** How the audit log's list and its details put an entry into words, in the page's language. */
export function useEntryWords() {
  const i18n = useI18n({ messages: auditMessages });
  const { t } = i18n;
  const te = (key: string): boolean => i18n.te(key);

  /** Who acted: a staff user's display name, a kiosk's name, a resident's card, the name tried at a failed log-in. */
  function who(e: AuditEntry): string {
    if (e.actorType === 'user') return e.actorDisplayName ?? e.actorName ?? `#${e.actorId ?? ''}`;
    if (e.actorType === 'anonymous')
      return e.actorName ? t('audit.log.triedLogin', { name: e.actorName }) : t('audit.log.actorTypes.anonymous');
    if (e.actorType === 'system') return t('audit.log.system');
    return e.actorName ?? `#${e.actorId ?? ''}`;
  }

  /** The login name under the display name, when they differ. */
  const login = (e: AuditEntry): string | null =>
    e.actorType === 'user' && e.actorName && e.actorName !== e.actorDisplayName ? e.actorName : null;

  /** A staff user's role; for others, what kind of caller it was. */
  function role(e: AuditEntry): string {
    if (e.actorType === 'user') return e.actorRole ? t(`audit.roles.${e.actorRole}`) : '—';
    const key = `audit.log.actorTypes.${e.actorType}`;
    return te(key) ? t(key) : e.actorType;
  }

  /** What was done, in words; the raw route for an action the catalogue does not know. */
  function action(e: AuditEntry | string): string {
    const raw = typeof e === 'string' ? e : e.action;
    const key = actionKey(raw);
    return key ? t(`audit.actions.${key}`) : raw;
  }

  /** The kind of thing, in words. */
  function entity(name: string | null): string {
    if (!name) return '';
    const key = `audit.entities.${name}`;
    return te(key) ? t(key) : name;
  }

  /** What it concerned: the thing and its id (农户 #12, 积分标准 #3); nothing for a log-in or an alarm. */
  function target(e: AuditEntry): string {
    const kind = actionKind(e.action);
    const noun = kind ? (kind.noun ? t(`audit.targets.${kind.noun}`) : null) : entity(entityOf(e.action)) || null;
    if (!noun) return '—';
    const id = targetId(e);
    return id ? `${noun} #${id}` : noun;
  }

  const outcome = (e: AuditEntry): string => (e.outcome === 'success' ? t('audit.log.success') : t('audit.log.failure'));

  return { who, login, role, action, entity, target, outcome };
}
