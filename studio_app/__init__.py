"""委员工作室助手 (studio_app): a local desktop program for a CPPCC members' studio."""

__version__ = "0.1.0"
APP_NAME = "studio-app"
APP_TITLE = "委员工作室助手"
