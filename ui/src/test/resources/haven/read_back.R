# Reads every .dta and .sav of an export folder with haven, as a partner's R session would, and writes what haven
# saw to <file>.json in the output folder: rows, file label, and per column its label, value labels, user-missing
# values and every value as text (a labelled value as its label, a tagged or user missing value as its label).
suppressPackageStartupMessages({ library(haven); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
out <- args[2]

# every value as text: a labelled value or a tagged (Stata) or user (SPSS) missing value as its label, a date as ISO
as_text <- function(x) {
  if (is.character(x)) return(x)
  data <- vctrs::vec_data(x)
  spss_date <- identical(attr(x, "format.spss", exact = TRUE), "DATE11") && !inherits(x, "Date")
  text <- if (inherits(x, "Date")) format(as.Date(data, origin = "1970-01-01"), "%Y-%m-%d")
          else if (spss_date) format(as.Date(data / 86400, origin = "1582-10-14"), "%Y-%m-%d")
          else sprintf("%.17g", data)
  text[is.na(data)] <- "NA"
  labels <- attr(x, "labels", exact = TRUE)
  if (!is.null(labels)) {
    values <- unclass(labels)
    tagged <- if (is.double(values)) !is.na(haven::na_tag(values)) else rep(FALSE, length(values))
    hit <- match(data, values[!tagged])
    text[!is.na(hit)] <- names(labels)[!tagged][hit[!is.na(hit)]]
    if (any(tagged)) {
      tag <- match(haven::na_tag(data), haven::na_tag(values[tagged]))
      text[!is.na(tag)] <- names(labels)[tagged][tag[!is.na(tag)]]
    }
  }
  text
}

labels_of <- function(x) {
  labels <- attr(x, "labels", exact = TRUE)
  if (is.null(labels)) return(list())
  lapply(seq_along(labels), function(i) {
    tag <- if (is.double(labels)) haven::na_tag(labels[i]) else NA
    list(value = if (is.na(tag)) unname(unclass(labels)[i]) else NULL, tag = if (is.na(tag)) NULL else tag,
         label = names(labels)[i])
  })
}

for (file in list.files(folder, pattern = "\\.(dta|sav)$", full.names = TRUE)) {
  data <- if (endsWith(file, ".dta")) read_dta(file) else read_sav(file, user_na = TRUE)
  columns <- lapply(names(data), function(name) {
    x <- data[[name]]
    na <- attr(x, "na_values", exact = TRUE)
    list(name = name, label = attr(x, "label", exact = TRUE), labels = labels_of(x),
         na_values = if (is.null(na)) list() else as.list(na), values = as_text(x))
  })
  write_json(list(rows = nrow(data), label = attr(data, "label", exact = TRUE), columns = columns),
             file.path(out, paste0(basename(file), ".json")), auto_unbox = TRUE, null = "null", digits = NA)
}
