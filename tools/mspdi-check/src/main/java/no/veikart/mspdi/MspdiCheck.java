package no.veikart.mspdi;

import java.io.File;
import java.time.LocalDateTime;
import java.util.List;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads a project file with MPXJ's UniversalProjectReader (which detects MSPDI by its content) and
 * prints what MPXJ understood as one JSON object on stdout: the detected format, every task with its
 * dates and flags, and the predecessor links with their type and lag. Usage: MspdiCheck FILE.
 */
public final class MspdiCheck {
  private MspdiCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: MspdiCheck <file.xml>");
      System.exit(2);
    }
    UniversalProjectReader reader = new UniversalProjectReader();
    ProjectFile project = reader.read(new File(args[0]));
    if (project == null) {
      System.err.println("MPXJ did not recognise the file as a project");
      System.exit(1);
    }
    StringBuilder out = new StringBuilder();
    out.append("{\"format\":").append(str(project.getProjectProperties().getFileType()));
    out.append(",\"application\":").append(str(project.getProjectProperties().getFileApplication()));
    out.append(",\"title\":").append(str(project.getProjectProperties().getProjectTitle()));
    out.append(",\"tasks\":[");
    boolean first = true;
    for (Task task : project.getTasks()) {
      if (!first) out.append(',');
      first = false;
      out.append("{\"uid\":").append(task.getUniqueID());
      out.append(",\"id\":").append(task.getID());
      out.append(",\"name\":").append(str(task.getName()));
      out.append(",\"outlineLevel\":").append(task.getOutlineLevel());
      out.append(",\"start\":").append(date(task.getStart()));
      out.append(",\"finish\":").append(date(task.getFinish()));
      out.append(",\"milestone\":").append(task.getMilestone());
      out.append(",\"summary\":").append(task.getSummary());
      out.append(",\"duration\":").append(duration(task.getDuration()));
      out.append(",\"notes\":").append(str(task.getNotes()));
      out.append(",\"predecessors\":[");
      List<Relation> predecessors = task.getPredecessors();
      for (int i = 0; i < predecessors.size(); i++) {
        Relation r = predecessors.get(i);
        if (i > 0) out.append(',');
        out.append("{\"uid\":").append(r.getPredecessorTask().getUniqueID());
        out.append(",\"type\":").append(str(r.getType() == null ? null : r.getType().name()));
        out.append(",\"lag\":").append(duration(r.getLag()));
        out.append('}');
      }
      out.append("]}");
    }
    out.append("]}");
    System.out.println(out);
  }

  private static String duration(Duration d) {
    if (d == null) return "null";
    return "{\"value\":" + d.getDuration() + ",\"units\":" + str(String.valueOf(d.getUnits())) + "}";
  }

  private static String date(LocalDateTime d) {
    return d == null ? "null" : str(d.toString());
  }

  private static String str(Object value) {
    if (value == null) return "null";
    String s = value.toString();
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
