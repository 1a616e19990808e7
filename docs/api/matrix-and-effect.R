# A relation matrix and an intervention effect from Samspil's read API, in R (httr2 + jsonlite).
# SAMSPIL_TOKEN: a personal token (./samspil user token create --username YOU, or the Tokens page).
library(httr2)

samspil <- function(path, ...) {
  request(Sys.getenv("SAMSPIL_URL", "http://localhost:8080")) |>
    req_url_path_append("api/v1", path) |>
    req_url_query(...) |>
    req_auth_bearer_token(Sys.getenv("SAMSPIL_TOKEN")) |>
    req_perform() |>
    resp_body_string() |>
    jsonlite::fromJSON()
}

matrix <- samspil("studies/mini/matrix", wave = "w3", instrument = "rk@1")
cells <- matrix$cells                      # rater_group, target_group, mean, n, band, suppressed
print(xtabs(mean ~ rater_group + target_group, data = cells[!cells$suppressed, ]), digits = 2)

effect <- samspil("studies/mini/analyses/effect", type = "handleteam")
cat(sprintf("handleteam: %.3f (95%% CI %.3f to %.3f), %d unit-waves, as of position %d\n",
            effect$estimate, effect$ci_low, effect$ci_high, effect$n_obs, effect$as_of_position))
