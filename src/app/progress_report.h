/* progress_report: `skillquest --progress`, what a teacher or a script reads
 * of a player's progress (README, "Progress for teachers"). */
#ifndef SQ_PROGRESS_REPORT_H
#define SQ_PROGRESS_REPORT_H

#include "cli.h"

#include <stdio.h>

/* Prints the progress saved in save_dir (the catalogue from data_root names
 * the skills) to out in the format; problems go to err. Returns the exit
 * status: 0, or 1 when the save could not be read. Changes nothing on disk. */
int progress_report(FILE *out, FILE *err, const char *data_root, const char *save_dir,
                    cli_format format);

#endif
