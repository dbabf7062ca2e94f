package org.casualtyclaims.solr;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one compiled class refers to, read from its constant pool (JVM specification, section
 * 4.4): the classes it names and the fields and methods it calls or reads. Every use of another
 * class in bytecode (a call, a field access, a type in a signature, {@code new}, a cast, a lambda's
 * target) goes through the constant pool, so this is complete for direct use; reflection is a call
 * like any other ({@code java/lang/Class.forName}) and shows up as such.
 *
 * <p>A plain parser of the class-file format, with no bytecode library: it depends on no class-file
 * version.
 *
 * @param name the class's own internal name ({@code org/casualtyclaims/solr/ClaimFields})
 * @param classes every class named, as internal names, array element types included
 * @param members every field and method referred to, as {@code owner.name descriptor}
 */
record ClassRefs(String name, Set<String> classes, Set<String> members) {
  private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([^;<]+)[;<]");

  static ClassRefs parse(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    int[] tags = new int[count];
    String[] utf8 = new String[count];
    int[] first = new int[count];
    int[] second = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF(); // CONSTANT_Utf8, in modified UTF-8 as readUTF reads it
        case 3, 4 -> in.readInt(); // Integer, Float
        case 5, 6 -> { // Long, Double: two slots
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort(); // Class, String, MethodType,
        // Module, Package
        case 9, 10, 11, 12, 17, 18 -> { // Fieldref, Methodref, InterfaceMethodref, NameAndType,
          // Dynamic, InvokeDynamic
          first[i] = in.readUnsignedShort();
          second[i] = in.readUnsignedShort();
        }
        case 15 -> { // MethodHandle: kind, reference
          in.readUnsignedByte();
          first[i] = in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
      }
    }
    in.readUnsignedShort(); // access flags
    int thisClass = in.readUnsignedShort();
    in.readUnsignedShort(); // super class: a Class constant, read below
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      in.readUnsignedShort(); // Class constants too
    }
    Set<String> classes = new LinkedHashSet<>();
    Set<String> members = new LinkedHashSet<>();
    // the types of the class's own fields and methods
    for (int table = 0; table < 2; table++) {
      int n = in.readUnsignedShort();
      for (int i = 0; i < n; i++) {
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // name
        addDescriptor(classes, utf8[in.readUnsignedShort()]);
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          in.readUnsignedShort();
          in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
        }
      }
    }

    for (int i = 1; i < count; i++) {
      switch (tags[i]) {
        case 7 -> addClass(classes, utf8[first[i]]);
        case 9, 10, 11 -> {
          String owner = utf8[first[first[i]]];
          int nameAndType = second[i];
          String member = utf8[first[nameAndType]];
          String descriptor = utf8[second[nameAndType]];
          addClass(classes, owner);
          members.add(owner + "." + member + " " + descriptor);
        }
        case 12 -> addDescriptor(classes, utf8[second[i]]);
        case 16 -> addDescriptor(classes, utf8[first[i]]);
        default -> {}
      }
    }
    return new ClassRefs(utf8[first[thisClass]], classes, members);
  }

  private static void addClass(Set<String> classes, String name) {
    if (name.startsWith("[")) {
      addDescriptor(classes, name); // an array type: [Ljava/io/File;
    } else {
      classes.add(name);
    }
  }

  private static void addDescriptor(Set<String> classes, String descriptor) {
    Matcher m = TYPE_IN_DESCRIPTOR.matcher(descriptor);
    while (m.find()) {
      classes.add(m.group(1));
    }
  }
}
