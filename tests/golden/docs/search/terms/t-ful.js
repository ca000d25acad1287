sitrepSearchData("terms/t-ful",{"fulfilled":"HPMi8","full":"HPMi8FAWe8FZPv8","fully":"PYE6g"});
