/* level_exercise: exercises as data: copying them for review, freeing them,
 * and the small questions the game asks of them. */
#include "level.h"

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
