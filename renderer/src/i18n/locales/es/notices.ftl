## Avisos sobre los datos, del backend
notice-restored-from-backup = No se pudo leer { $file }.json ({ $why }). Se movió a { $aside } y se restauró la copia de seguridad del { $from }.
notice-set-aside = No se pudo leer { $file }.json ({ $why }) y no se encontró ninguna copia de seguridad válida. Se movió a { $aside }; { $file } empieza vacío hasta que lo restaures.
notice-journal-set-aside = { $journal } tiene una entrada ilegible en la línea { $line } ({ $why }); se conservaron los cambios anteriores y el archivo se movió a { $aside }.
notice-upgraded = Los datos se actualizaron del formato { $from } al { $to }. Una copia tal como estaban se guarda como la copia de seguridad { $backup } (Ajustes → Datos).
notice-migrated-reason-labels = Se actualizó { $file }.json: los motivos incluidos ahora se nombran en el idioma de la interfaz; los motivos que renombraste o añadiste conservan su nombre.
notice-migrated-status-causes = Se actualizó { $file }.json: los motivos de los cambios de estado ahora se muestran en el idioma de la interfaz; los que Rekindle no pudo reconocer conservan sus palabras originales.
notice-backup-failed = No se pudo hacer la copia de seguridad de hoy ({ $why }). Tus datos no han cambiado; haz una en Ajustes → Datos, o se intentará de nuevo en el próximo inicio.
notice-sync-set-aside = El documento { $doc } del servidor de la comunidad se apartó y no se aplicó: no es un registro válido de Rekindle, o esta versión de Rekindle no lo conoce. No cambió nada más.
