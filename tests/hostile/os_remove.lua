-- Nor delete, rename or exit.
os.remove("/tmp/skillquest_pwned")
os.exit(1)
