/* level_exercise: exercises as data: copying them for review, freeing them,
 * and the small questions the game asks of them. */
#include "level.h"
#include "text_layout.h"

#include <stdarg.h>
#include <stdio.h>

#include <stdlib.h>
#include <string.h>

const char *lvl_ex_kind_name(lvl_ex_kind kind)
{
    static const char *const names[] = {"choice", "order", "sort", "code", "fill"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "?";
}

int lvl_quiz_right_count(const lvl_quiz *q)
{
    int n = 0;
    for (int i = 0; i < q->item_count; i++) n += q->items[i].right;
    return n;
}

static void lvl_free_string_array(char **list, int count)
{
    for (int i = 0; list && i < count; i++) free(list[i]);
    free(list);
}

static void lvl_free_items(lvl_item *items, int count)
{
    for (int i = 0; items && i < count; i++) {
        free(items[i].text);
        free(items[i].why);
    }
    free(items);
}

void lvl_quiz_free(lvl_quiz *q)
{
    free(q->id), free(q->question), free(q->explanation), free(q->skill), free(q->language);
    lvl_free_items(q->items, q->item_count);
    lvl_free_string_array(q->bins, q->bin_count);
    lvl_free_string_array(q->lines, q->line_count);
    lvl_free_string_array(q->line_why, q->line_why ? q->line_count : 0);
    free(q->answers);
    for (int b = 0; q->blanks && b < q->blank_count; b++)
        lvl_free_items(q->blanks[b].options, q->blanks[b].option_count);
    free(q->blanks);
    lvl_free_string_array(q->choices, q->choice_count);
    memset(q, 0, sizeof *q);
}

static bool lvl_dup(char **to, const char *from)
{
    *to = NULL;
    if (!from) return true;
    size_t n = strlen(from) + 1;
    *to = malloc(n);
    if (*to) memcpy(*to, from, n);
    return *to != NULL;
}

static bool lvl_dup_items(lvl_item **to, const lvl_item *from, int count)
{
    *to = NULL;
    if (!from || count <= 0) return true;
    *to = calloc((size_t)count, sizeof **to);
    if (!*to) return false;
    bool ok = true;
    for (int i = 0; i < count; i++) {
        (*to)[i] = from[i];
        ok = lvl_dup(&(*to)[i].text, from[i].text) && ok;
        ok = lvl_dup(&(*to)[i].why, from[i].why) && ok;
    }
    return ok;
}

static bool lvl_dup_strings(char ***to, char *const *from, int count)
{
    *to = NULL;
    if (!from || count <= 0) return true;
    *to = calloc((size_t)count, sizeof **to);
    if (!*to) return false;
    bool ok = true;
    for (int i = 0; i < count; i++) ok = lvl_dup(&(*to)[i], from[i]) && ok;
    return ok;
}

bool lvl_quiz_copy(lvl_quiz *to, const lvl_quiz *from)
{
    memset(to, 0, sizeof *to);
    to->kind = from->kind;
    to->scenario = from->scenario;
    to->bank = from->bank;
    to->decl_line = from->decl_line;
    to->item_count = from->item_count;
    to->bin_count = from->bin_count;
    to->line_count = from->line_count;
    to->answer_count = from->answer_count;
    to->blank_count = from->blank_count;
    bool ok = lvl_dup(&to->id, from->id) && lvl_dup(&to->question, from->question) &&
              lvl_dup(&to->explanation, from->explanation) && lvl_dup(&to->skill, from->skill) &&
              lvl_dup(&to->language, from->language);
    ok = lvl_dup_items(&to->items, from->items, from->item_count) && ok;
    ok = lvl_dup_strings(&to->bins, from->bins, from->bin_count) && ok;
    ok = lvl_dup_strings(&to->lines, from->lines, from->line_count) && ok;
    ok = lvl_dup_strings(&to->line_why, from->line_why, from->line_why ? from->line_count : 0) && ok;
    if (from->answers && from->answer_count > 0) {
        to->answers = malloc(sizeof *to->answers * (size_t)from->answer_count);
        if (to->answers)
            memcpy(to->answers, from->answers, sizeof *to->answers * (size_t)from->answer_count);
        ok = ok && to->answers;
    }
    if (from->blanks && from->blank_count > 0) {
        to->blanks = calloc((size_t)from->blank_count, sizeof *to->blanks);
        ok = ok && to->blanks;
        for (int b = 0; to->blanks && b < from->blank_count; b++) {
            to->blanks[b].option_count = from->blanks[b].option_count;
            to->blanks[b].answer = from->blanks[b].answer;
            ok = lvl_dup_items(&to->blanks[b].options, from->blanks[b].options,
                               from->blanks[b].option_count) && ok;
        }
    }
    if (!ok) lvl_quiz_free(to);
    return ok;
}

/* --- checks ---------------------------------------------------------------- */

typedef struct {
    const lvl_check_env *env;
    const lvl_quiz *q;
    int problems;
} lvl_ex_check;

static void lvl_ex_problem(lvl_ex_check *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void lvl_ex_problem(lvl_ex_check *c, const char *fmt, ...)
{
    char message[512];
    int n = snprintf(message, sizeof message, "exercise '%s': ", c->q->id ? c->q->id : "?");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message + n, sizeof message - (size_t)n, fmt, ap);
    va_end(ap);
    c->problems++;
    if (c->env->report) c->env->report(c->env->user, c->q->decl_line, message);
}

static bool lvl_ex_said(const char *s)
{
    return s && *s;
}

/* Characters, not bytes: what a monospace line shows. */
static int lvl_ex_columns(const char *s)
{
    int n = 0;
    const char *end = s + strlen(s);
    while (s < end) {
        txt_decode(&s, end);
        n++;
    }
    return n;
}

/* A fill line as wide as the screen can make it: each {N} becomes its widest
 * token in brackets ("[application/json]"), or "[ N ]" before one is chosen. */
static int lvl_ex_fill_columns(const lvl_quiz *q, const char *line)
{
    int cols = 0;
    const char *end = line + strlen(line);
    for (const char *s = line; s < end;) {
        char *after;
        long b = *s == '{' ? strtol(s + 1, &after, 10) : 0;
        if (*s == '{' && after != s + 1 && *after == '}' && b >= 1 && b <= q->blank_count) {
            int widest = 5;
            const lvl_blank *bl = &q->blanks[b - 1];
            for (int k = 0; k < bl->option_count; k++) {
                int w = lvl_ex_columns(bl->options[k].text) + 2;
                if (w > widest) widest = w;
            }
            cols += widest;
            s = after + 1;
            continue;
        }
        txt_decode(&s, end);
        cols++;
    }
    return cols;
}

static void lvl_ex_check_code_lines(lvl_ex_check *c)
{
    const lvl_quiz *q = c->q;
    if (q->line_count < 1) lvl_ex_problem(c, "has no code");
    for (int i = 0; i < q->line_count; i++) {
        if (strchr(q->lines[i], '\t'))
            lvl_ex_problem(c, "line %d of its code has a tab: indent with spaces", i + 1);
        int cols = q->kind == LVL_EX_FILL ? lvl_ex_fill_columns(q, q->lines[i])
                                          : lvl_ex_columns(q->lines[i]);
        if (cols > LVL_CODE_COLUMNS)
            lvl_ex_problem(c, "line %d of its code is %d characters wide; the code panel shows %d "
                           "at every text size", i + 1, cols, LVL_CODE_COLUMNS);
    }
}

static void lvl_ex_check_choice(lvl_ex_check *c)
{
    const lvl_quiz *q = c->q;
    int most = q->choice_count ? LVL_MAX_CHOICES : 5;
    if (q->item_count < 2) lvl_ex_problem(c, "needs at least 2 choices");
    if (q->item_count > most)
        lvl_ex_problem(c, "has %d choices; at most %d fit the screen", q->item_count, most);
    if (q->choice_count && (q->answer < 1 || q->answer > q->choice_count))
        lvl_ex_problem(c, "answer %d is not one of its %d choices", q->answer, q->choice_count);
    else if (lvl_quiz_right_count(q) == 0)
        lvl_ex_problem(c, "has no right choice: mark one with right = true");
    for (int i = 0; i < q->item_count; i++)
        if (!lvl_ex_said(q->items[i].why))
            lvl_ex_problem(c, "choice %d (\"%.40s\") has no 'why': say why it is %s", i + 1,
                           q->items[i].text, q->items[i].right ? "right" : "wrong");
}

static void lvl_ex_check_order(lvl_ex_check *c)
{
    const lvl_quiz *q = c->q;
    if (q->item_count < LVL_MIN_ORDER || q->item_count > LVL_MAX_ORDER)
        lvl_ex_problem(c, "has %d items to order; it takes %d to %d", q->item_count, LVL_MIN_ORDER,
                       LVL_MAX_ORDER);
}

static void lvl_ex_check_sort(lvl_ex_check *c)
{
    const lvl_quiz *q = c->q;
    if (q->bin_count < 2 || q->bin_count > LVL_MAX_BINS)
        lvl_ex_problem(c, "has %d bins; it takes 2 to %d", q->bin_count, LVL_MAX_BINS);
    if (q->item_count < 2 || q->item_count > LVL_MAX_SORT_ITEMS)
        lvl_ex_problem(c, "has %d items to sort; it takes 2 to %d", q->item_count, LVL_MAX_SORT_ITEMS);
    for (int i = 0; i < q->item_count; i++) {
        if (q->items[i].bin < 1 || q->items[i].bin > q->bin_count)
            lvl_ex_problem(c, "item %d (\"%.40s\") has bin %d; the bins are 1 to %d", i + 1,
                           q->items[i].text, q->items[i].bin, q->bin_count);
        if (!lvl_ex_said(q->items[i].why))
            lvl_ex_problem(c, "item %d (\"%.40s\") has no 'why': say why it belongs there", i + 1,
                           q->items[i].text);
    }
}

static void lvl_ex_check_code(lvl_ex_check *c)
{
    const lvl_quiz *q = c->q;
    lvl_ex_check_code_lines(c);
    if (q->answer_count < 1) lvl_ex_problem(c, "needs 'answer' (the line number) or 'answers'");
    for (int i = 0; i < q->answer_count; i++) {
        int a = q->answers[i];
        if (a < 1 || a > q->line_count) {
            lvl_ex_problem(c, "answer %d is not one of its %d lines", a, q->line_count);
            continue;
        }
        if (!q->line_why || !lvl_ex_said(q->line_why[a - 1]))
            lvl_ex_problem(c, "line %d is an answer but has no 'why' (why = { [%d] = \"...\" })", a, a);
    }
    if (!lvl_ex_said(q->explanation))
        lvl_ex_problem(c, "has no 'explain': say what the line does wrong and how to fix it");
}

static void lvl_ex_check_fill(lvl_ex_check *c)
{
    const lvl_quiz *q = c->q;
    lvl_ex_check_code_lines(c);
    if (q->blank_count < 1 || q->blank_count > LVL_MAX_BLANKS)
        lvl_ex_problem(c, "has %d blanks; it takes 1 to %d", q->blank_count, LVL_MAX_BLANKS);
    bool used[10] = {false};
    for (int i = 0; i < q->line_count; i++)
        for (const char *p = q->lines[i]; *p; p++)
            if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
                int b = p[1] - '1';
                if (b >= q->blank_count)
                    lvl_ex_problem(c, "its code has {%d} but only %d blanks", b + 1, q->blank_count);
                else
                    used[b] = true;
            }
    for (int b = 0; b < q->blank_count && b < 9; b++) {
        const lvl_blank *bl = &q->blanks[b];
        if (!used[b]) lvl_ex_problem(c, "blank %d is never placed in the code ({%d})", b + 1, b + 1);
        if (bl->option_count < 2 || bl->option_count > LVL_MAX_TOKENS)
            lvl_ex_problem(c, "blank %d has %d options; it takes 2 to %d", b + 1, bl->option_count,
                           LVL_MAX_TOKENS);
        if (bl->answer < 1 || bl->answer > bl->option_count)
            lvl_ex_problem(c, "blank %d: answer %d is not one of its %d options", b + 1, bl->answer,
                           bl->option_count);
        for (int k = 0; k < bl->option_count; k++)
            if (!lvl_ex_said(bl->options[k].why))
                lvl_ex_problem(c, "blank %d option %d (\"%s\") has no 'why'", b + 1, k + 1,
                               bl->options[k].text);
    }
}

int lvl_check_exercise(const lvl_quiz *q, const lvl_check_env *env)
{
    lvl_ex_check c = {env, q, 0};
    if (q->skill && env->skill_known && !env->skill_known(env->user, q->skill))
        lvl_ex_problem(&c, "exercises unknown skill '%s'", q->skill);
    switch (q->kind) {
    case LVL_EX_CHOICE: lvl_ex_check_choice(&c); break;
    case LVL_EX_ORDER: lvl_ex_check_order(&c); break;
    case LVL_EX_SORT: lvl_ex_check_sort(&c); break;
    case LVL_EX_CODE: lvl_ex_check_code(&c); break;
    case LVL_EX_FILL: lvl_ex_check_fill(&c); break;
    }
    if (q->kind != LVL_EX_CHOICE && q->kind != LVL_EX_CODE && !lvl_ex_said(q->explanation))
        lvl_ex_problem(&c, "has no 'explain': say why the answer is the answer");
    return c.problems;
}
