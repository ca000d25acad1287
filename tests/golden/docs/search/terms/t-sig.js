sitrepSearchData("terms/t-sig",{"sign":"QNXd8","signal":"RPzig","significance":"RPzi8","significant":"QNXd1xxE58","signifies":"RPzi8"});
