## Follow-up survey and the next step
surveys-title = ¿Qué tal fue?
surveys-status = { $status ->
    [pending] Aún sin empezar.
    [draft] Borrador: las respuestas dadas están guardadas.
   *[answered] Respondida.
  }
surveys-q-goodExperience = ¿Fue una buena experiencia? (1 = nada, 5 = mucho)
surveys-q-coachHelpful = ¿Te ayudó el coach? (1–5)
surveys-q-taskFit = ¿Encajó la tarea contigo? (1–5)
surveys-q-wantsMore = ¿Te gustaría hacer más?
surveys-wants-yes = Sí
surveys-wants-maybe = Quizá
surveys-wants-no = No
surveys-scale-hint = Las flechas eligen dentro de una pregunta.
surveys-q-freeText = ¿Algo más que quieras contarnos?
surveys-q-interests = Intereses para la próxima vez
surveys-interests-hint = Sepáralos con comas.
surveys-save-draft = Guardar borrador
surveys-submit = Enviar respuestas
surveys-print = Imprimir la encuesta
surveys-draft-saved = Borrador guardado.
surveys-submitted = Respuestas guardadas.
surveys-kept-as-draft = Aún no se ha enviado; todo lo escrito se guarda como borrador.
surveys-answers-title = Respuestas de la encuesta ({ $date })
surveys-a-goodExperience = Buena experiencia: { $value }/5
surveys-a-wantsMore = Quiere más: { $value ->
    [yes] sí
    [maybe] quizá
   *[no] no
  }
surveys-a-coachHelpful = Ayuda del coach: { $value }/5
surveys-a-taskFit = Encaje de la tarea: { $value }/5
surveys-a-interests = Intereses para la próxima vez: { $interests }
surveys-mark-read = Marcar como leída
surveys-followup-title = Un seguimiento con cuidado
surveys-followup-text = Habla con { $rep } sobre cómo fue. Rekindle no sugerirá más tareas: no se presiona a nadie.
surveys-followed-up = Seguimiento hecho el { $date }.
surveys-followup-done = Registrar el seguimiento como hecho
surveys-next-title = Próximas tareas sugeridas
surveys-next-none = Ahora mismo no encaja ninguna otra tarea.
surveys-next-list = Próximas tareas sugeridas
surveys-next-with = con { $coach }
surveys-next-different-coach = otro coach
surveys-next-fit = encaje { $percent } %
surveys-next-propose = Proponer
surveys-next-propose-label = Proponer { $task } con { $coach }
surveys-next-proposed = Propuesta:
surveys-orientation-title = Llamada de orientación para quien vuelve
surveys-orientation-offer = Ofrece una breve llamada de orientación: prográmala y envía la invitación.
surveys-orientation-at = Llamada de orientación el { $date }.
surveys-orientation-ics = Descargar la invitación (.ics)
surveys-orientation-when = Llamada de orientación (fecha y hora)
surveys-orientation-schedule = Programar la llamada
surveys-onboarding-title = Incorporación para quien vuelve
