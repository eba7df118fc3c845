/**
 * A minimal iCalendar (RFC 5545) invitation: one VEVENT in a VCALENDAR, times in UTC, CRLF line
 * endings, text escaped (§3.3.11) and lines folded at 75 octets (§3.1) without splitting a UTF-8
 * character, so calendar apps import it as written.
 */
export interface CalendarEvent {
  uid: string;
  /** When the file was made (DTSTAMP). */
  stamp: string;
  start: string;
  durationMinutes: number;
  summary: string;
  description?: string;
  organizer?: { name: string; email: string };
  attendees?: { name: string; email: string }[];
}

const encoder = new TextEncoder();

/** 2026-11-28T12:00:00.000Z → 20261128T120000Z */
export function icsDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`Not a date-time: ${iso}`);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines 74 plus the leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const param = (name: string) => `"${name.replace(/"/g, "'")}"`;

export function toIcs(event: CalendarEvent): string {
  const end = new Date(Date.parse(event.start) + event.durationMinutes * 60_000).toISOString();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rekindle//Engagements//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.organizer ? [`ORGANIZER;CN=${param(event.organizer.name)}:mailto:${event.organizer.email}`] : []),
    ...(event.attendees ?? []).map((a) => `ATTENDEE;CN=${param(a.name)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${a.email}`),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
