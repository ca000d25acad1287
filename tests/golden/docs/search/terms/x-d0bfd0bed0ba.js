sitrepSearchData("terms/x-d0bfd0bed0ba",{"покровск":"yQ-r6","покровськ":"yQ-r6"});
