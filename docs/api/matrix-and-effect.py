"""A relation matrix and an intervention effect from Samspil's read API, in Python (requests + pandas).

SAMSPIL_TOKEN: a personal token (./samspil user token create --username YOU, or the Tokens page).
"""
import os

import pandas as pd
import requests

api = os.environ.get("SAMSPIL_URL", "http://localhost:8080") + "/api/v1"
auth = {"Authorization": "Bearer " + os.environ["SAMSPIL_TOKEN"]}


def samspil(path, **query):
    answer = requests.get(f"{api}/{path}", params=query, headers=auth, timeout=60)
    answer.raise_for_status()  # errors come as application/problem+json with a "detail"
    return answer.json()


matrix = samspil("studies/mini/matrix", wave="w3", instrument="rk@1")
cells = pd.DataFrame(matrix["cells"])  # rater_group, target_group, mean, n, band, suppressed
print(cells.pivot(index="rater_group", columns="target_group", values="mean").round(2))

effect = samspil("studies/mini/analyses/effect", type="handleteam")
print(f"handleteam: {effect['estimate']:.3f} (95% CI {effect['ci_low']:.3f} to {effect['ci_high']:.3f}), "
      f"{effect['n_obs']} unit-waves, as of position {effect['as_of_position']}")
