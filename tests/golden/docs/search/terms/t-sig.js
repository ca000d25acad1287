sitrepSearchData("terms/t-sig",{"sign":"HPMi8","signal":"FFSlg","significance":"FFSl8","significant":"FFSl8yFVt1","signifies":"FFSl8"});
