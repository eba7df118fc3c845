import type { Reminder, ReminderTemplate } from '../model';

/**
 * The messages of the engagement reminders (a stalled engagement's nudge, an unanswered survey, the
 * orientation call), by language. They go through the same channels as "we still exist" but must not
 * say "we have not heard from you": the Rep is in the middle of working with us.
 */
export const ENGAGEMENT_REMINDER_TEMPLATES: Record<Exclude<Reminder['kind'], 'we-still-exist'>, Record<string, ReminderTemplate>> = {
  'check-in': {
    en: {
      subject: 'How is your task going, {name}?',
      body: 'Hi {name},\n\nJust checking in on your task: how is it going? If something is in the way, reply and your coach or your mentor, {mentor}, will help. A small step is still a step.\n\nThanks for being part of the Reps community.',
    },
    es: {
      subject: '¿Qué tal va tu tarea, {name}?',
      body: 'Hola {name}:\n\nSolo queríamos saber cómo va tu tarea. Si algo te frena, responde a este mensaje y tu coach o tu mentor/a, {mentor}, te echarán una mano. Un paso pequeño sigue siendo un paso.\n\nGracias por ser parte de la comunidad de Reps.',
    },
  },
  survey: {
    en: {
      subject: '{name}, how did your task go?',
      body: 'Hi {name},\n\nThank you for finishing your task! We would love to hear how it went: five short questions, two minutes. Your mentor, {mentor}, can go through them with you, or just reply to this message.\n\nThank you!',
    },
    es: {
      subject: '{name}, ¿qué tal fue tu tarea?',
      body: 'Hola {name}:\n\n¡Gracias por terminar tu tarea! Nos encantaría saber qué tal fue: cinco preguntas cortas, dos minutos. Tu mentor/a, {mentor}, puede repasarlas contigo, o simplemente responde a este mensaje.\n\n¡Gracias!',
    },
  },
  orientation: {
    en: {
      subject: 'Welcome back, {name}: your orientation call',
      body: 'Hi {name},\n\nWelcome back! Your mentor, {mentor}, has scheduled a short orientation call about what comes next; the invitation is on its way as a calendar file.\n\nSee you soon!',
    },
    es: {
      subject: 'Bienvenido/a de nuevo, {name}: tu llamada de orientación',
      body: 'Hola {name}:\n\n¡Qué bien tenerte de vuelta! Tu mentor/a, {mentor}, ha programado una breve llamada de orientación sobre los próximos pasos; la invitación llega como archivo de calendario.\n\n¡Hasta pronto!',
    },
  },
};
