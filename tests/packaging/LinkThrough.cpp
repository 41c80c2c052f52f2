// A static library that links endpointdesk_resources, standing in for the UI library in ResourcesTest.
int endpointdeskResourcesLinkThrough()
{
    return 0;
}
