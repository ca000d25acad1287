sitrepSearchData("terms/t-ame",{"america":"z-zg6","american":"DTIn8y-Bt8ALDp8EZ48yDJn8zZ-agExW28"});
