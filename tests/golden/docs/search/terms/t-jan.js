sitrepSearchData("terms/t-jan",{"jan":"RPzig","january":"AA98yWPf8OQHq8zCQl8"});
