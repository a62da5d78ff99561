/* manpage: writes skillquest.6, the manual page, from the same text `skillquest --help`
 * prints (cli_usage() in src/app/cli.c), so the two never disagree.
 *
 *   sq-manpage VERSION > skillquest.6
 *
 * The usage text's shape is what it reads: a "Usage:" line (the synopsis), a line that
 * says what the program is, option lines "  --name ARGS  text" with their continuation
 * lines indented further, and a closing paragraph (the exit status). Anything else is
 * an error, so a change to the help text that this cannot place fails the build. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* roff: a leading '.' or '\'' would be a request, '\\' an escape, '-' a hyphen. */
static void roff(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (i == 0 && (c == '.' || c == '\'')) fputs("\\&", stdout);
        if (c == '\\')
            fputs("\\e", stdout);
        else if (c == '-')
            fputs("\\-", stdout);
        else
            putchar(c);
    }
}

static size_t indent(const char *line, size_t n)
{
    size_t k = 0;
    while (k < n && line[k] == ' ')
        k++;
    return k;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: sq-manpage VERSION\n");
        return 2;
    }
    const char *text = cli_usage();
    const char *lines[128];
    size_t lens[128];
    int count = 0;
    for (const char *p = text; *p && count < 128;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        lines[count] = p;
        lens[count++] = n;
        p += n + (nl ? 1 : 0);
    }
    if (count < 4 || strncmp(lines[0], "Usage: skillquest", 17) != 0) {
        fprintf(stderr, "sq-manpage: the help text does not start with 'Usage: skillquest'\n");
        return 1;
    }
    printf(".\\\" Made by tools/manpage.c from the text of `skillquest --help`: do not edit.\n"
           ".TH SKILLQUEST 6 \"\" \"SkillQuest %s\" \"Games\"\n.SH NAME\nskillquest \\- ",
           argv[1]);
    /* What the program is, as the NAME line has it: "a 2D game ...", no full stop. */
    size_t what = lens[1] > 0 && lines[1][lens[1] - 1] == '.' ? lens[1] - 1 : lens[1];
    if (what > 0 && lines[1][0] >= 'A' && lines[1][0] <= 'Z') {
        putchar(lines[1][0] - 'A' + 'a');
        roff(lines[1] + 1, what - 1);
    } else {
        roff(lines[1], what);
    }
    printf("\n.SH SYNOPSIS\n.B skillquest\n");
    roff(lines[0] + 18, lens[0] > 18 ? lens[0] - 18 : 0); /* after "Usage: skillquest " */
    printf("\n.SH DESCRIPTION\n");
    roff(lines[1], lens[1]);
    printf(
        "\nLevels are Lua files anyone can write, run in a sandbox; the level author's guide is\n"
        "docs/levels.md in the source and the game's documentation folder.\n.SH OPTIONS\n");
    int i = 2;
    while (i < count && lens[i] == 0)
        i++;
    int options = 0;
    size_t column = 0; /* where the options' text starts: after the first "  " gap */
    for (; i < count && lens[i] > 0; i++) {
        size_t ind = indent(lines[i], lens[i]);
        if (ind == 2 && lines[i][2] == '-') { /* "  --name ARGS    text" */
            const char *s = lines[i];
            size_t n = lens[i];
            if (!column) {
                const char *gap = strstr(s + 2, "  ");
                if (!gap || gap >= s + n) {
                    fprintf(stderr, "sq-manpage: option line %d has no text column\n", i + 1);
                    return 1;
                }
                column = (size_t)(gap - s) + indent(gap, n - (size_t)(gap - s));
            }
            size_t head = n < column ? n : column;
            while (head > 2 && s[head - 1] == ' ')
                head--;
            size_t name = 2;
            while (name < head && s[name] != ' ')
                name++;
            if (name < head) { /* the option in bold, its arguments in italics */
                printf(".TP\n.BI \"");
                roff(s + 2, name - 2);
                printf(" \" \"");
                roff(s + name + 1, head - name - 1);
                printf("\"\n");
            } else {
                printf(".TP\n.B ");
                roff(s + 2, name - 2);
                putchar('\n');
            }
            if (n > column) {
                roff(s + column, n - column);
                putchar('\n');
            }
            options++;
        } else if (ind > 2 && options > 0) { /* the option's text, continued */
            roff(lines[i] + ind, lens[i] - ind);
            putchar('\n');
        } else {
            fprintf(stderr, "sq-manpage: cannot place help line %d: '%.*s'\n", i + 1, (int)lens[i],
                    lines[i]);
            return 1;
        }
    }
    if (options == 0) {
        fprintf(stderr, "sq-manpage: the help text lists no options\n");
        return 1;
    }
    printf(".SH EXIT STATUS\n");
    for (; i < count; i++) {
        if (lens[i] == 0) continue;
        const char *s = lines[i];
        size_t n = lens[i];
        if (strncmp(s, "Exit status: ", 13) == 0) s += 13, n -= 13;
        roff(s, n);
        putchar('\n');
    }
    printf(".SH FILES\n.TP\n.I <prefix>/share/skillquest/\n"
           "the game's data: assets/, scripts/, levels/, and tools/tiled/ (the Tiled project and\n"
           "tilesets for level authors)\n"
           ".TP\n.I ~/.local/share/SkillQuest/SkillQuest/\n"
           "the player's progress and settings, and level packs in levels/QUEST/\n"
           ".SH SEE ALSO\n.BR tiled (1),\n.BR luacheck (1)\n");
    return 0;
}
