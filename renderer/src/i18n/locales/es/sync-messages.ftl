## Lo que dice el motor de sincronización (shared/sync/messages.ts tiene las plantillas en inglés)

sync-aside-garbage = El documento { $doc } del servidor no es un registro de Rekindle.
sync-aside-unknown-collection = El documento { $doc } pertenece a «{ $collection }», que esta versión de Rekindle no conoce.
sync-aside-invalid = El documento { $doc } del servidor no es un registro válido de { $collection } ({ $path }: { $why }).
sync-aside-too-big = El documento { $doc } del servidor es demasiado grande ({ $size } caracteres; como máximo { $max }).
sync-problem-password-needed = Vuelve a iniciar sesión en { $server } para seguir enviando y recibiendo cambios; mientras tanto se guardan en esta máquina.
sync-problem-unauthorized = El servidor ya no acepta la cuenta { $name }. Vuelve a iniciar sesión en Ajustes → Comunidad.
sync-problem-error = La sincronización se detuvo por un error ({ $why }). Los cambios se guardan en esta máquina; desconecta y vuelve a conectar en Ajustes → Comunidad.
