## Plantilla de coaches
coaches-title = Coaches
coaches-new = Nuevo coach
coaches-search = Buscar coaches
coaches-sort-relevance = Mejor coincidencia
coaches-sort-name = Nombre
coaches-sort-load = Más ocupados
coaches-sort-free = Con más hueco
coaches-sort-updated = Cambiados recientemente
coaches-has-room = Solo con hueco
coaches-include-inactive = Mostrar desactivados
coaches-count = { $count ->
    [one] Un coach
   *[other] { $count } coaches
  }
coaches-field-name = Nombre
coaches-field-email = Correo
coaches-field-languages = Idiomas
coaches-field-timezone = Zona horaria
coaches-field-areas = Áreas
coaches-field-skills = Habilidades
coaches-field-style = Estilo
coaches-field-capacity = Capacidad (acompañamientos a la vez)
coaches-field-availability = Disponibilidad
coaches-field-teams = Comunidades y equipos
coaches-field-rep = Id de Rep (opcional)
coaches-load = Carga
coaches-load-value = { $load } de { $capacity }
coaches-actions = Acciones
coaches-inactive = desactivado
coaches-edit-label = Editar a { $name }
coaches-deactivate = Desactivar
coaches-deactivate-label = Desactivar a { $name }
coaches-new-title = Nuevo coach
coaches-edit-title = Editar a { $name }
coaches-style-hands-on = Práctico
coaches-style-pair-working = Trabajo en pareja
coaches-style-check-in = Seguimiento regular
coaches-style-async = Asíncrono
coaches-import-title = Importar coaches
