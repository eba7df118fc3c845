## Por qué cambió el estado de un Rep, del backend (shared/status-causes.ts); $ago y $type llegan ya redactados
status-cause-no-activity = ninguna actividad significativa registrada
status-cause-last-activity = última actividad significativa { $ago }: { $type }, { $date }
status-cause-added = añadido al registro; ninguna actividad significativa registrada
status-cause-returned = completó { $task } el { $completed } y tuvo nueva actividad significativa en { $within } días: { $type }, { $date } ({ $later } días después)
status-cause-match = sesión de emparejamiento: se propuso “{ $task }” con { $coach }
status-cause-council-approved = La decisión del Consejo { $decision } (reunión del { $meeting }) aprobó el paso a alumni: { $rationale }
status-cause-council-approved-exception = La decisión del Consejo { $decision } (reunión del { $meeting }) aprobó el paso a alumni como excepción: { $rationale }
status-cause-council-reversed = La decisión del Consejo { $decision } (reunión del { $meeting }) revoca { $reverses }: { $rationale }
status-cause-recorded = { $text }
status-occasion-settings = (tras un cambio en las reglas de actividad en Ajustes)
status-occasion-import = (importación de actividad { $file })
status-occasion-engagement = (colaboración completada)
