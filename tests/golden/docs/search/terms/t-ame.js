sitrepSearchData("terms/t-ame",{"america":"z-zg6","american":"DTIn8xOFugBXzo8EZ48AKMl8"});
