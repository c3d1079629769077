/**
 * A calendar file (RFC 5545) for reminders without any server: one weekly event on the chosen
 * days at the chosen time, titled "Polku" and saying nothing else. Written by hand (a few lines;
 * no library needed). PRIVACY: the file names no topic, and no user text goes into it.
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type ReminderChoice = {
  days: readonly Weekday[];
  /** Local time of day, "HH:MM" (24-hour). */
  time: string;
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Splits a content line into lines of at most 75 octets, each continuation starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 19970610T172345Z */
function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** Monday 0 … Sunday 6, as in WEEKDAYS. */
const weekdayIndex = (date: Date) => (date.getDay() + 6) % 7;

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/**
 * The first local day from `now` on (today included) that is one of the chosen days, as a floating
 * local date-time: the reminder follows the person's clock wherever they are.
 */
export function firstOccurrence(choice: ReminderChoice, now: Date): string {
  const [hours, minutes] = choice.time.split(':').map(Number) as [number, number];
  for (let offset = 0; offset < 7; offset += 1) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    if (choice.days.includes(WEEKDAYS[weekdayIndex(day)] as Weekday)) {
      return `${day.getFullYear()}${pad(day.getMonth() + 1)}${pad(day.getDate())}T${pad(hours)}${pad(minutes)}00`;
    }
  }
  throw new RangeError('no day chosen');
}

/** The .ics text for the choice; throws on no days or a bad time (the screen checks both first). */
export function buildIcs(choice: ReminderChoice, uid: string, now: Date = new Date()): string {
  if (choice.days.length === 0) throw new RangeError('no day chosen');
  if (!isValidTime(choice.time)) throw new RangeError('time is not HH:MM');
  const days = WEEKDAYS.filter((d) => choice.days.includes(d));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Polku//Reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${firstOccurrence(choice, now)}`,
    'DURATION:PT15M',
    `RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}`,
    'SUMMARY:Polku',
    'TRANSP:TRANSPARENT',
    'CLASS:PRIVATE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'DESCRIPTION:Polku',
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
