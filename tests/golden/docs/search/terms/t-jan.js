sitrepSearchData("terms/t-jan",{"jan":"FFSlg","january":"AA98yWPf8CG-t8LMxi8"});
