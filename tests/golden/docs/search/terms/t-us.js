sitrepSearchData("terms/t-us",{"us":"AA98yWPf8Nyt8xd8KDe6xXF2ayVFk8DFj8EN08xAzr8JJHuaxBTl8xPLg8QB1axTIfg"});
