/** Typed keys: `t('common:…')` fails the type-check when a key does not exist in English. */
import 'i18next';
import type common from './locales/en/common.json';
import type course from './locales/en/course.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      course: typeof course;
      help: typeof import('./locales/en/help.json');
      vault: typeof import('./locales/en/vault.json');
      backup: typeof import('./locales/en/backup.json');
      passphrase: typeof import('./locales/en/passphrase.json');
      recovery: typeof import('./locales/en/recovery.json');
      onboarding: typeof import('./locales/en/onboarding.json');
      settings: typeof import('./locales/en/settings.json');
      fields: typeof import('./locales/en/fields.json');
      tracker: typeof import('./locales/en/tracker.json');
      tools: typeof import('./locales/en/tools.json');
      feedback: typeof import('./locales/en/feedback.json');
      research: typeof import('./locales/en/research.json');
      home: typeof import('./locales/en/home.json');
      notes: typeof import('./locales/en/notes.json');
      install: typeof import('./locales/en/install.json');
    };
  }
}
