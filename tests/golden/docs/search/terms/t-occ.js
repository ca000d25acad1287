sitrepSearchData("terms/t-occ",{"occupational":"HPMi8","occupied":"zYKi8DTy08xzJg8DBG48","occupiers":"PYE6g","occupy":"PYE6g","occupying":"HPMi8"});
