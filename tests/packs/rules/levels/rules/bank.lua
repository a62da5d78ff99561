-- rules_top has enough exercises of two kinds with the bank; HTML does not.
return {
  format = 1,
  quest = "rules",
  exercises = {
    rules_flask_2 = { kind = "fill", skill = "rules_top", language = "python",
      prompt = "Register the view for the site's root.",
      code = "@app.{1}(\"/\")",
      blanks = { { options = { "route", "get_url" }, answer = 1,
        why = { "route() is Flask's decorator for URL rules.", "Flask has no get_url decorator." } } },
      explain = "@app.route(\"/\") maps the root URL to the function below it." },
    rules_flask_3 = { kind = "choice", skill = "rules_top", prompt = "Which command starts Flask's development server?",
      choices = { { "flask run", right = true, why = "The flask command's run starts the dev server." },
                  { "flask serve", why = "There is no serve command." } },
      explain = "flask run starts the development server; production uses a WSGI server." },
  },
}
