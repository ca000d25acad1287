sitrepSearchData("terms/x-d0bad180d0b0",{"красноармеиск":"yQ-r6","красноарміиськ":"yQ-r6"});
