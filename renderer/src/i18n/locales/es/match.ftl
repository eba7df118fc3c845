## La sesión de emparejamiento: conversación del porqué, sugerencias, por qué no, elección y emparejamiento por lotes.

match-title = Sesión de emparejamiento
match-tab-one = Un Rep
match-tab-batch = Emparejamiento por lotes
match-tabs-label = Tipo de emparejamiento
match-pick-title = Elige un Rep que se ha alejado
match-pick-search = Buscar Reps
match-pick-empty = Ningún Rep inactivo o en riesgo coincide.
match-session-title = Sesión de emparejamiento con { $name }
match-rep-facts = Habla { $languages } · { $hours } h al mes según su ficha
match-back-to-list = Elegir otro Rep
match-rep-detail = Abrir la ficha de { $name }

match-conv-title = 1. La conversación del «porqué»
match-conv-previous = Conversaciones anteriores ({ $count })
match-conv-previous-item = { $date } · { $channel } · por { $heldBy }{ $reached ->
    [no] {" "}(no se llegó a hablar con el Rep)
   *[other] {""}
}
match-conv-redacted = Las notas confidenciales están ocultas para tu rol.
match-conv-held-by = Realizada por
match-conv-date = Fecha
match-conv-channel = Canal
match-conv-reached = Se llegó a hablar con el Rep
match-conv-reasons = Por qué se alejó
match-conv-reasons-hint = Marca todos los motivos que correspondan, con su gravedad.
match-conv-severity = Gravedad de { $reason }
match-conv-severity-1 = 1 — leve
match-conv-severity-2 = 2 — notable
match-conv-severity-3 = 3 — grave
match-conv-sensitive = sensible
match-conv-reason-note = Nota confidencial sobre { $reason }
match-conv-confidential = Confidencial: solo el mentor y el Consejo pueden leerlo.
match-conv-wants = Quiere continuar
match-conv-wants-yes = Sí
match-conv-wants-maybe = Quizá
match-conv-wants-no = No
match-conv-hours = Horas al mes disponibles
match-conv-interests = Intereses (separados por comas)
match-conv-avoid-coaches = Coaches que evitar
match-conv-avoid-teams = Equipos que evitar
match-conv-consent = El Rep acepta compartir esto con su coach
match-conv-notes = Notas confidenciales
match-conv-save = Registrar la conversación
match-conv-saved = Conversación registrada.
match-conv-skip = Ir a las sugerencias con lo que ya consta

match-sugg-title = 2. Sugerencias
match-sugg-summary = { $pairs } parejas posibles entre { $tasks } tareas y { $coaches } coaches. Interacción permitida: { $ceiling ->
    [light] solo en solitario o ligera
   *[other] hasta moderada
}; { $hours } h al mes.
match-sugg-none = Ninguna tarea y coach cumplen todas las restricciones para este Rep. Usa «¿Por qué no?» para ver qué los excluye.
match-sugg-item = { $rank }. { $task } con { $coach }
match-sugg-fit = ajuste { $percent } %
match-sugg-interaction = { $level ->
    [solo] Tarea en solitario
    [light] Interacción ligera
   *[other] Interacción moderada
}
match-sugg-choose = Elegir esta pareja
match-sugg-choose-label = Elegir { $task } con { $coach }
match-sugg-weight = peso { $weight }
match-sugg-orientation = Llamada de orientación (opcional)

match-whynot-title = ¿Por qué no?
match-whynot-hint = Pregunta por cualquier tarea o coach para ver la restricción que lo excluye.
match-whynot-task = Tarea
match-whynot-coach = Coach
match-whynot-any = (cualquiera)
match-whynot-ask = Preguntar
match-whynot-excluded = Excluido:
match-whynot-possible = No está excluido. Mejor pareja: { $task } con { $coach }.

match-done-title = Colaboración propuesta creada
match-done-pair = { $task } con { $coach }
match-done-first-step = Primer paso: «{ $step }», para el { $date }
match-done-due = La tarea completa se espera para el { $date }.
match-done-orientation = Llamada de orientación: { $date }
match-done-status = { $name } está ahora en reincorporación; la colaboración espera a que el coach la inicie.
match-done-steps = Pasos
match-done-open-rep = Abrir la ficha de { $name }
match-done-open-engagement = Abrir la colaboración propuesta

match-batch-title = Emparejamiento por lotes
match-batch-hint = Da a cada Rep en espera (alejado, quiere continuar tras una conversación del «porqué», sin nada abierto) como mucho una pareja, respetando la capacidad de los coaches y las plazas de las tareas, con el mayor ajuste total.
match-batch-waiting = { $count } Reps en espera.
match-batch-compute = Calcular el plan
match-batch-computing = Calculando…
match-batch-total = Ajuste total { $total } ({ $how }) — el método voraz llegaría a { $greedy } con { $greedyPairs } parejas.
match-batch-optimal = óptimo demostrado
match-batch-not-optimal = el mejor encontrado en el tiempo límite, sin demostrar que sea óptimo
match-batch-rep = Rep
match-batch-pair = Tarea y coach
match-batch-fit = Ajuste
match-batch-keep = Mantener
match-batch-keep-label = Mantener la pareja de { $name }
match-batch-change-label = Pareja para { $name }
match-batch-why = Por qué esta pareja
match-batch-unassigned = Sin pareja: { $names }
match-batch-create = Crear { $count } colaboraciones propuestas
match-batch-created = Se han creado { $count } colaboraciones propuestas.
match-batch-empty = Nadie está esperando un emparejamiento.

## Frases del motor de emparejamiento (ids de shared/matching/explain.ts).
match-reason-language = habla { $language }
match-reason-availability = unas { $taskHours } h al mes caben en tus { $repHours } h
match-reason-availability-unknown = esfuerzo aún sin estimar: comprueba que cabe en tus { $repHours } h al mes
match-reason-interaction-quiet = tarea { $level ->
    [solo] en solitario
    [light] de interacción ligera
   *[other] de interacción moderada
}: encaja con la petición de un trabajo tranquilo
match-reason-interaction = interacción { $level ->
    [solo] en solitario
    [light] ligera
   *[other] moderada
}
match-reason-interest = coincide con sus intereses: { $interests }
match-reason-interest-none = ningún interés declarado en común
match-reason-skill = usa { $count } de { $total } habilidades: { $skills }
match-reason-skill-new = una oportunidad de aprender { $skills }
match-reason-skill-none-needed = no requiere habilidades especiales
match-reason-timezone-same = la misma zona horaria que el coach
match-reason-timezone = { $hours } h de diferencia con el coach: { $overlap } h de horario diurno compartido
match-reason-timezone-unknown = solapamiento horario desconocido (neutral)
match-reason-coach-load = el coach tiene { $free } de { $capacity } plazas libres
match-reason-coach-record = coach: { $completed } de las últimas { $finished } colaboraciones terminadas se completaron; valoración en encuestas { $rating }/5 ({ $surveys })
match-reason-coach-record-none = el coach aún no tiene colaboraciones terminadas (valor neutral)
match-reason-task-record = tarea: { $completed } de las últimas { $finished } colaboraciones terminadas se completaron; valoración en encuestas { $rating }/5 ({ $surveys })
match-reason-task-record-none = nadie ha terminado aún esta tarea (valor neutral)
match-reason-variety-new = un coach con quien no has trabajado antes
match-reason-variety-earlier = un coach con quien trabajaste antes, pero no la última vez
match-reason-variety-same = el mismo coach que la última vez
match-reason-small-step = primer paso: «{ $step }» (unas { $hours } h, { $steps } pasos en total)
match-reason-small-step-no-steps = unas { $effort } h de una vez (sin pasos definidos)
match-reason-small-step-unknown = esfuerzo sin estimar (neutral)
match-why-task-unknown = no existe la tarea { $taskId }
match-why-coach-unknown = no existe el coach { $coachId }
match-why-task-not-published = la tarea está en estado { $status }, no publicada
match-why-task-no-slot = las { $slots } plazas de la tarea están ocupadas ({ $open } colaboraciones abiertas)
match-why-task-no-language = la tarea no indica ningún idioma; necesita al menos uno para poder emparejarse
match-why-task-language = la tarea está en { $taskLanguages }; el Rep habla { $repLanguages }
match-why-task-effort = la tarea requiere unas { $taskHours } h al mes; el Rep dispone de { $repHours } h
match-why-task-interaction = la tarea es de interacción { $level ->
    [solo] en solitario
    [light] ligera
   *[other] moderada
}; los motivos registrados permiten como mucho { $ceiling ->
    [light] interacción ligera
   *[other] interacción moderada
}
match-why-task-already = el Rep ya tiene esta tarea ({ $status })
match-why-coach-inactive = el coach no está activo
match-why-coach-full = el coach está al máximo de su capacidad ({ $load } de { $capacity } colaboraciones)
match-why-coach-self = el coach es el propio Rep
match-why-coach-avoided = el Rep pidió no trabajar con este coach
match-why-coach-team-avoided = el coach pertenece a { $team }, un equipo que el Rep pidió evitar
match-why-coach-language = el coach habla { $coachLanguages }; el Rep habla { $repLanguages }
match-why-pair-language = ningún idioma en común entre el Rep, la tarea ({ $taskLanguages }) y el coach ({ $coachLanguages })
match-why-task-no-coach = ningún coach disponible comparte idioma con el Rep y esta tarea
match-why-coach-no-task = ninguna tarea disponible comparte idioma con el Rep y este coach
match-why-feasible = posible: puesto { $rank } de { $total } con un ajuste del { $percent } %

## En la vista Hoy del mentor.
match-today-start = Sesión de emparejamiento
match-today-start-label = Empezar una sesión de emparejamiento con { $name }
