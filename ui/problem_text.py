"""A DatabaseProblem (services.core.environment) in the user's words: what happened, and what to
do about it. One message per kind in PROBLEMS; every window shows them through here."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from services.core.environment import DatabaseProblem

CONTEXT = "DatabaseProblem"

MESSAGES = {
    "busy": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "数据库正忙：另一位同事正在保存修改。请稍等片刻再试一次，刚才填写的内容还在。"),
    "read_only": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "数据库不能写入：文件、文件夹或服务器是只读的。请检查文件属性和文件夹权限"
        "（或请管理员开放写入权限）后再试。"),
    "disk_full": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "磁盘（或服务器的磁盘）已满。请腾出磁盘空间（例如把旧备份移到别处）后再试。"),
    "damaged": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "数据库文件可能已损坏。请从备份恢复：文件 › 从备份恢复…，选一份出问题之前的备份"
        "（恢复前会先检查备份是否完好，当前文件会另存，不会删除）。"),
    "io_error": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "读写数据库文件时出错（磁盘或网络故障）。请检查磁盘和网络连接后再试；"
        "如果反复出现，请从备份恢复：文件 › 从备份恢复…。"),
    "disconnected": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "与数据库服务器的连接断开了。请检查网络，稍后再试；刚才填写的内容还在。"),
    "unreachable": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "无法打开数据库：文件不存在、没有权限，或服务器没有响应。请检查文件位置（或服务器地址和"
        "网络）后重新启动回款通。"),
    "newer_schema": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "此数据库由更新版本的回款通创建（版本 {revision}），请升级程序。"
        "这个版本的回款通没有改动它。"),
    "network_share": QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "数据库文件在网络共享（共享文件夹或网络驱动器）上：{where}\n"
        "在网络共享上，SQLite 数据库无法安全地加锁，几台电脑同时使用会损坏数据。\n"
        "请把数据库文件放在这台电脑上；如果几台电脑要共用同一份数据，"
        "请使用 PostgreSQL 服务器（见说明书中的“PostgreSQL”一节）。"),
}


def problem_message(error: DatabaseProblem) -> str:
    """What happened and what to do, in the UI language. `error.detail` fills in the version
    of a newer database and where a network share is."""
    text = QCoreApplication.translate(CONTEXT, MESSAGES[error.kind])
    if error.kind == "newer_schema":
        return text.format(revision=error.detail or "?")
    if error.kind == "network_share":
        return text.format(where=error.detail or "?")
    return text
