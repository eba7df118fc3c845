# Lo que dice el servidor de la comunidad cuando rechaza un cambio, y lo que dice la preparación de una comunidad.

sync-refused-not-signed-in = El servidor de la comunidad solo acepta cambios de una cuenta con sesión iniciada.
sync-refused-no-role = La cuenta { $name } no tiene ningún rol de Rekindle (coach, mentor o council) en el servidor de la comunidad; pide uno a su administrador.
sync-refused-design = Solo el administrador del servidor puede cambiar sus reglas de validación.
sync-refused-bad-doc = El servidor de la comunidad rechazó un documento que no es un registro de Rekindle ({ $problem }).
sync-refused-bad-id = El servidor de la comunidad rechazó un documento cuyo id «{ $id }» no es su colección y el id de su registro.
sync-refused-author = Un cambio debe ir firmado por la cuenta que lo envía ({ $name }), no por «{ $by }».
sync-refused-unknown-collection = El servidor de la comunidad no guarda registros «{ $collection }».
sync-refused-collection = Solo { $roles } pueden cambiar registros { $collection } en el servidor de la comunidad.
sync-refused-reassign = Solo el Consejo puede asignar otro mentor a un Rep.
sync-refused-decide = Solo el Consejo puede decidir un caso o cambiar uno ya decidido.
sync-refused-confidential-role = Solo los mentores y el Consejo pueden escribir notas confidenciales en el servidor de la comunidad.
sync-refused-confidential-field = «{ $field }» no es un campo confidencial de los registros { $collection }.
sync-refused-confidential-in-shared = El texto confidencial ({ $field } de { $collection }) no debe ir a la base de datos que leen todos los miembros.
sync-refused-other = El servidor de la comunidad rechazó el cambio: { $reason }
sync-url-invalid = «{ $url }» no es una dirección de servidor como https://couch.example.org.
sync-url-insecure = Las conexiones a { $host } deben usar https; http sin cifrar solo se permite hacia este equipo (localhost, 127.0.0.1, ::1).
sync-url-credentials = Indica el nombre de la cuenta y la contraseña por separado, no dentro de la dirección del servidor.
sync-server-unreachable = No se puede conectar con el servidor de la comunidad en { $url } ({ $cause }). Comprueba la dirección y que el servidor esté en marcha.
sync-server-not-couchdb = { $url } respondió, pero no es un servidor CouchDB.
sync-admin-refused = El servidor rechazó la cuenta de administrador { $name }: nombre o contraseña incorrectos.
sync-server-error = El servidor respondió { $status } a { $what }: { $reason }
sync-db-name-invalid = «{ $db }» no es un nombre de base de datos: usa minúsculas, dígitos y _ $ ( ) + - /, empezando por una letra.
sync-user-name-invalid = «{ $name }» no es un nombre de cuenta: usa de 1 a 200 caracteres, sin dos puntos y sin empezar por _.
sync-user-role-needed = Da a la cuenta al menos un rol: --role coach, --role mentor o --role council.
