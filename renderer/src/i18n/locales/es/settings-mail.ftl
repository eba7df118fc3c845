## Settings: reminders and mail
mail-title = Recordatorios y correo
mail-cadence = Días entre recordatorios «seguimos aquí»
mail-cooldown = Días de silencio tras cualquier contacto
mail-enabled = Enviar recordatorios por correo (SMTP)
mail-disabled-help = Sin servidor de correo, los recordatorios quedan como borradores (.eml o mailto), un CSV para el portal de Reps y la lista en la aplicación.
mail-password-help = La contraseña nunca se guarda: Rekindle la lee de la variable de entorno REKINDLE_SMTP_PASSWORD al enviar.
mail-host = Servidor de correo
mail-port = Puerto
mail-from = Dirección del remitente
mail-from-invalid = La dirección del remitente debe ser un correo como reps@example.org.
mail-user = Usuario
mail-secure = Usar TLS desde el inicio (puerto 465)
mail-save = Guardar ajustes de recordatorios
