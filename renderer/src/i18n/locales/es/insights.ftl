insights-title = Análisis
insights-lead = El estudio de abandono para el Consejo: por qué la gente dejó de participar, qué comunidades se están alejando ahora y qué hace que la gente vuelva.
insights-print = Imprimir informe
insights-loading = Calculando el estudio…
insights-everyone = todos los Reps
insights-scope = { $reps } Reps ({ $scope }), del { $from } al { $to }.
insights-saved = Guardado { $fileName } ({ $rows } filas).
insights-rules = Las cifras basadas en menos de { $n } observaciones se marcan como muestras pequeñas: contexto, no conclusiones. Un regreso es nueva actividad significativa en los { $days } días siguientes a completar una colaboración; volver a alejarse son { $atRisk } días sin actividad significativa.
insights-empty = No hay nada en este periodo con estos filtros.
insights-unknown = Desconocido
insights-area-none = Sin área

## Filters
insights-filters = Filtros
insights-filter-from = Desde
insights-filter-to = Hasta
insights-filter-region = País o región
insights-filter-area = Área funcional
insights-all-regions = Todos los países y regiones
insights-all-areas = Todas las áreas
insights-countries = Países
insights-regions = Regiones
insights-reset = Quitar filtros
insights-error-range = La fecha de inicio debe ser anterior a la fecha de fin.

## Charts
insights-show-table = Mostrar tabla
insights-hide-table = Ocultar tabla
insights-download-csv = Descargar CSV
insights-small-sample = muestra pequeña (n = { $n })
insights-small-note = Hay muy pocas observaciones para sacar conclusiones; se muestra solo como contexto.
insights-axis-n = { $name } (n = { $n })
insights-axis-small = { $name } (muestra pequeña, n = { $n })

## Causes
insights-causes-title = Principales causas de abandono
insights-causes-summary = { $lost } Reps perdidos en el periodo: { $inactive } pasaron a inactivos y { $alumni } a antiguos miembros; { $withReason } con un motivo registrado.
insights-chart-causes = Motivos registrados
insights-chart-causes-by-quarter = Motivos por trimestre
insights-chart-causes-by-region = Motivos por país
insights-chart-causes-by-area = Motivos por área funcional
insights-col-reason = Motivo
insights-col-reps = Reps
insights-col-share-mentions = Parte de las menciones
insights-col-share-lost = Parte de los Reps perdidos
insights-col-quarter = Trimestre
insights-col-country = País
insights-col-area = Área
insights-col-lost = Reps perdidos

## Drift
insights-drift-title = Comunidades que se están alejando
insights-drift-rules = Una comunidad se está alejando cuando su actividad se mantiene por debajo del { $ratio } de su propia media de doce meses durante dos meses, cuando su proporción de Reps en riesgo o de mentores inactivos sube { $rise } o más en { $months } meses, o cuando las colaboraciones estancadas llegan a { $stalled } o más.
insights-chart-drifting = Alejándose ahora, con el indicador que cambió
insights-chart-indicators = Indicadores en el tiempo
insights-chart-indicators-for = Indicadores en el tiempo: { $community }
insights-community = Comunidad
insights-kind-region = país
insights-kind-area = área
insights-kind-region-plural = Países
insights-kind-area-plural = Áreas funcionales
insights-members = { $n ->
    [one] { $n } miembro
   *[other] { $n } miembros
}
insights-show-all = Ver las { $n }
insights-show-fewer = Ver menos
insights-show-over-time = Ver { $community } en el tiempo
insights-signal-activity = { $indicator }: { $value } de su nivel habitual (alerta por debajo del { $reference }) en { $month }
insights-signal-share = { $indicator }: { $value }, frente a { $reference } tres meses antes ({ $month })
insights-signal-count = { $indicator }: { $value }, frente a { $reference } tres meses antes ({ $month })
insights-indicator-activity = Actividad
insights-indicator-at-risk = Reps en riesgo
insights-indicator-inactive-mentors = Mentores inactivos
insights-indicator-stalled-engagements = Colaboraciones estancadas
insights-col-month = Mes
insights-col-members = Miembros
insights-col-activity = Actividades significativas
insights-col-baseline = Referencia (media de 12 meses)
insights-col-ratio = Frente a la referencia
insights-col-at-risk-share = Proporción en riesgo
insights-col-inactive-mentor-share = Proporción de mentores inactivos
insights-col-inactive-mentors = Mentores inactivos
insights-col-stalled = Colaboraciones estancadas

## Returns
insights-returns-title = Qué hace que la gente vuelva
insights-returns-summary = { $completed } colaboraciones completadas en el periodo; las { $pending } que siguen dentro de la ventana de { $days } días quedan fuera hasta conocer su resultado.
insights-returns-overall = Tasa de regreso global { $rate } (intervalo del 95 %: { $low } a { $high }, n = { $n }).
insights-chart-return-rates = Tasa de regreso con intervalos del 95 %
insights-return-rates-help = Proporción de colaboraciones completadas seguidas de nueva actividad significativa en { $days } días. Las barras de error muestran el intervalo de Wilson del 95 %.
insights-breakdown = Desglosar por
insights-by-reason = Motivo
insights-by-interaction = Nivel de interacción
insights-by-area = Área funcional
insights-by-coach = Coach
insights-col-n = Completadas (n)
insights-col-returned = Volvieron
insights-col-rate = Tasa de regreso
insights-col-interval = Intervalo del 95 %
insights-interval = { $low } a { $high }
insights-chart-retention = Siguen activos tras volver (Kaplan–Meier)
insights-retention-help = Proporción de quienes volvieron y no se han vuelto a alejar, según los días desde su regreso; quienes siguen activos cuentan hasta hoy.
insights-logrank = Tareas en solitario frente a tareas con poca o moderada interacción: p = { $p } (prueba log-rank).
insights-days-unit = { " " }d
insights-curve-all = Todos los que volvieron
insights-col-curve = Grupo
insights-col-events = Se volvieron a alejar
insights-col-censored = Siguen activos
insights-col-median = Mediana hasta volver a alejarse
insights-col-retained-at = Activos a los { $days } días
insights-not-reached = no alcanzada
insights-days = { $n } días
insights-chart-paths = Caminos de vuelta
insights-paths-help = Cómo llegaron, paso a paso, los { $inactive } Reps desaparecidos y los { $alumni } antiguos miembros que volvieron en el periodo.
insights-col-from = Volvió desde
insights-col-path = Camino
insights-col-share = Proporción
insights-from-inactive = Desaparecido (inactivo)
insights-from-alumni = Antiguo miembro
insights-step-reminder = Recordatorio
insights-step-conversation = Conversación
insights-step-match-session = Sesión de emparejamiento
insights-step-engagement = Colaboración iniciada
insights-step-completed = Tarea completada
insights-step-survey = Encuesta respondida
insights-step-returned = Volvió
