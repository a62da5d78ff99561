-- Nor open a pipe.
io.popen("touch /tmp/skillquest_pwned")
