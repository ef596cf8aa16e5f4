"""The tabs of the meeting form, one widget each: 出席委员 (``members_tab``), 其他参会人员
(``others_tab``), 议程 (``agenda_tab``), 议定事项 (``agreed_tab``) and 跟踪事项 (``actions_tab``),
built of the pieces in ``tab_parts``. Each owns its fields and gives and takes its part of the
``MeetingInput``; ``studio_app.ui.meeting_dialog`` composes them under the meeting's facts."""
