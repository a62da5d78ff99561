-- A level must not run commands.
os.execute("touch /tmp/skillquest_pwned")
return { format = 1 }
