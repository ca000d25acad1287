"""The GitHub Pages workflow: triggered by new seeds, restores the cache, builds, deploys site/."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.sample import PROJECT_ROOT

WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    return dict(yaml.safe_load(WORKFLOW.read_text(encoding="utf-8")))


def steps(workflow: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    return list(workflow["jobs"][job]["steps"])


def step_using(workflow: dict[Any, Any], job: str, action: str) -> dict[str, Any]:
    found = [s for s in steps(workflow, job) if str(s.get("uses", "")).split("@")[0] == action]
    assert len(found) == 1, f"{job} should use {action} once"
    return found[0]


def test_a_push_to_seeds_and_a_manual_run_trigger_it(workflow: dict[Any, Any]) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "seeds/**" in triggers["push"]["paths"]
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers


def test_it_may_deploy_pages_and_nothing_more(workflow: dict[Any, Any]) -> None:
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["cancel-in-progress"] is False


def test_the_last_build_is_restored_before_the_build(workflow: dict[Any, Any]) -> None:
    cache = step_using(workflow, "build", "actions/cache")
    assert cache["with"]["path"].split() == [".sitrep-cache", "docs", "site"]  # caches, and what to rebuild in place
    assert cache["with"]["restore-keys"].strip()  # a new seed still restores the previous cache
    build = [s for s in steps(workflow, "build") if s.get("run") == "make site"]
    assert len(build) == 1
    assert steps(workflow, "build").index(cache) < steps(workflow, "build").index(build[0])


def test_the_built_site_is_uploaded_and_deployed(workflow: dict[Any, Any]) -> None:
    assert step_using(workflow, "build", "actions/upload-pages-artifact")["with"]["path"] == "site"
    step_using(workflow, "build", "actions/configure-pages")
    deploy = step_using(workflow, "deploy", "actions/deploy-pages")
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["jobs"]["deploy"]["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    assert deploy["id"] == "deployment"


@pytest.mark.parametrize("job", ["build", "deploy"])
def test_every_action_is_official_and_pinned_by_major_version(workflow: dict[Any, Any], job: str) -> None:
    for step in steps(workflow, job):
        if "uses" in step:
            assert re.fullmatch(r"actions/[a-z-]+@v\d+", step["uses"]), step["uses"]
