sitrepSearchData("terms/t-ins",{"insight":"HPMi8","insistence":"PYE6g","installed":"zYKi8DTy08","institute":"BWKh2yRBr8Wy98yFVt8ARR68ISJ32"});
