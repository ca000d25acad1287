sitrepSearchData("terms/t-tho",{"thomson":"ZJGh2","those":"HPMi8"});
