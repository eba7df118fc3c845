## Sincronización de la comunidad: el estado en la cabecera, Ajustes → Comunidad, Conflictos de sincronización

nav-conflicts = Conflictos de sincronización ({ $count })

## La cabecera
sync-state-label = Sincronización
sync-state-local = Solo en este equipo
sync-state-connecting = Conectando con el servidor de la comunidad…
sync-state-first-sync = Primera sincronización: { $done } de { $total }
sync-state-first-sync-starting = Primera sincronización: empezando…
sync-state-up-to-date = Al día
sync-state-sending = { $count ->
    [one] Enviando 1 cambio
   *[other] Enviando { $count } cambios
  }
sync-state-offline = { $count ->
    [0] Sin conexión desde las { $time }; los cambios se guardan
    [one] Sin conexión desde las { $time }; 1 cambio guardado
   *[other] Sin conexión desde las { $time }; { $count } cambios guardados
  }
sync-state-offline-now = { $count ->
    [0] Sin conexión; los cambios se guardan
    [one] Sin conexión; 1 cambio guardado
   *[other] Sin conexión; { $count } cambios guardados
  }
sync-state-refused = No se sincroniza: { $problem }
sync-state-refused-unknown = No se sincroniza: el servidor lo rechazó. Revisa tu nombre de cuenta y tu contraseña en Ajustes → Comunidad.
sync-state-error = Problema de sincronización: { $problem }
sync-state-error-unknown = Problema de sincronización: algo salió mal. Tus cambios se guardan en este equipo; inténtalo más tarde.

## Ajustes → Comunidad
settings-role-from-server = Has iniciado sesión en un servidor de la comunidad como { $name }; tus roles vienen del servidor (Ajustes → Comunidad), así que aquí no se cambia el rol.
community-title = Comunidad
community-mode = Dónde están los datos de este equipo
community-mode-local = Trabajar solo en este equipo
community-mode-community = Conectar con un servidor de la comunidad
community-local-help = Todo se queda en este ordenador. Es la opción predeterminada.
community-connect-form = Conectar con un servidor de la comunidad
community-url = Dirección del servidor
community-url-help = Por ejemplo https://reps.example.org. http:// sin cifrar solo se acepta para este ordenador (127.0.0.1).
community-name = Nombre de cuenta
community-password = Contraseña
community-password-help = Tu propia cuenta en el servidor de la comunidad. La contraseña se envía al servidor y nunca se guarda en los ajustes.
community-connect = Conectar
community-connecting = Conectando…
community-signed-in-as = Sesión iniciada como
community-roles = Roles en el servidor
community-server = Servidor
community-last-synced = Última sincronización
community-set-aside = { $count ->
    [one] Se apartó 1 documento del servidor porque no se pudo leer.
   *[other] Se apartaron { $count } documentos del servidor porque no se pudieron leer.
  }
community-sign-in-again = Volver a iniciar sesión
community-disconnect = Desconectar
community-disconnect-help = Al desconectar se deja de sincronizar y se conserva la copia local: todo lo que ya está en este equipo se queda aquí.

## Conflictos de sincronización
conflicts-title = Conflictos de sincronización
conflicts-help = Dos personas cambiaron el mismo registro sin conexión. La versión indicada como tuya es la que está en uso; en cada campo, quédate con una de las dos y resuelve. Los campos sin choque ya se combinaron.
conflicts-none = No hay conflictos de sincronización.
conflicts-record = { $collection } · { $id }
conflicts-version-mine = Mía: guardada por { $by }, { $at }
conflicts-version-theirs = Suya: guardada por { $by }, { $at }
conflicts-mine = Mía:
conflicts-theirs = Suya:
conflicts-empty-value = (vacío)
conflicts-keep-mine = Quedarme con la mía
conflicts-keep-theirs = Quedarme con la suya
conflicts-resolve = Resolver
