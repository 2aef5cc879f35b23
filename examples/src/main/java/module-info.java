/** Runnable examples of Pathways, run on the module path by {@code mvn verify}. */
module org.pathways.examples {
    requires org.pathways.core;
    requires org.pathways.fhir;
    requires org.pathways.research;
}
