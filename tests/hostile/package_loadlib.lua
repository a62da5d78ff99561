-- package.loadlib would call any C function of any library.
local system = package.loadlib("libc.so.6", "system")
system("touch /tmp/skillquest_pwned")
