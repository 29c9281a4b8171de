package org.practicum.app;
public class Main { public static void main(String[] a) {} }
